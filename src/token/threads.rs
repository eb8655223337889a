//! Work on every core for the library's batches (the signatures of many
//! tokens checked at once): each item mapped on one of as many threads as
//! there are cores, the results in the order of the items.

/// How many pieces each thread's share of the items is cut into.
const PIECES_PER_THREAD: usize = 8;

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
