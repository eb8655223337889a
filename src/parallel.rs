//! Work split across the cores: each item mapped on one of as many threads
//! as there are cores, the results in the order of the items; and the same
//! for items pushed one by one (rows read from the database), mapped a
//! chunk at a time while the next chunk is read.

/// `work` applied to every item, in order; on one thread when there is one
/// core or too few items to be worth threads. Each thread takes the next
/// small piece of the items when it is done with its last, so a thread
/// slowed by other work on its core does not hold up the rest.
pub fn map_in_order<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if threads == 1 || items.len() < 2 * threads {
        return items.iter().map(work).collect();
    }
    let pieces: Vec<&[T]> = items
        .chunks(items.len().div_ceil(threads * PIECES_PER_THREAD))
        .collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let take_pieces = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(piece) = pieces.get(i) else {
                return done;
            };
            done.push((i, piece.iter().map(&work).collect::<Vec<R>>()));
        }
    };
    let mut done: Vec<(usize, Vec<R>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads).map(|_| scope.spawn(take_pieces)).collect();
        workers
            .into_iter()
            .flat_map(|worker| worker.join().expect("a worker thread does not panic"))
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().flat_map(|(_, results)| results).collect()
}

/// How many pieces each thread's share of the items is cut into.
const PIECES_PER_THREAD: usize = 8;

/// Maps the items `produce` pushes (on this thread, which owns their
/// source) with `work` on every core, a chunk of `chunk` items at a time
/// while the next chunk is pushed; `consume` gets each item and its result
/// in the order pushed. Returns what `produce` returns.
pub fn map_pushed<T: Send + Sync, R: Send, P>(
    chunk: usize,
    produce: impl FnOnce(&mut dyn FnMut(T)) -> P,
    work: impl Fn(&T) -> R + Sync,
    mut consume: impl FnMut(T, R) + Send,
) -> P {
    std::thread::scope(|scope| {
        let (sender, chunks) = std::sync::mpsc::sync_channel::<Vec<T>>(1);
        let work = &work;
        let mapper = scope.spawn(move || {
            for items in chunks {
                let results = map_in_order(&items, work);
                for (item, result) in items.into_iter().zip(results) {
                    consume(item, result);
                }
            }
        });
        let mut pending = Vec::with_capacity(chunk);
        let produced = produce(&mut |item| {
            pending.push(item);
            if pending.len() == chunk {
                let full = std::mem::replace(&mut pending, Vec::with_capacity(chunk));
                // Fails only when the mapper is gone, which `join` reports.
                let _ = sender.send(full);
            }
        });
        if !pending.is_empty() {
            let _ = sender.send(pending);
        }
        drop(sender);
        mapper.join().expect("the mapping thread does not panic");
        produced
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_come_in_the_order_of_the_items() {
        let items: Vec<u32> = (0..10_000).collect();
        let doubled = super::map_in_order(&items, |n| n * 2);
        assert_eq!(doubled, items.iter().map(|n| n * 2).collect::<Vec<_>>());
    }

    #[test]
    fn pushed_items_are_consumed_in_the_order_pushed() {
        let mut seen = Vec::new();
        let produced = super::map_pushed(
            64,
            |push| {
                (0..1_000u32).for_each(&mut *push);
                "done"
            },
            |n| n * 3,
            |n, tripled| seen.push((n, tripled)),
        );
        assert_eq!(produced, "done");
        assert_eq!(seen, (0..1_000).map(|n| (n, n * 3)).collect::<Vec<_>>());
    }
}
