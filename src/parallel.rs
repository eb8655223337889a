//! Work split across the cores: items pushed one by one (rows read from
//! the database, lines of stdin), read, mapped and consumed at once, as a
//! pipeline; and two works side by side. Mapping a slice of items in order
//! is the library's (`token::map_in_order`), re-exported here.

use crate::error::{Error, Result};

pub use crate::token::map_in_order;

/// `work` on this thread while `aside` runs on another; both results. On
/// one core, or for `small` work not worth a thread, `aside` runs after
/// `work` here.
pub fn alongside<W, A: Send>(
    small: bool,
    work: impl FnOnce() -> W,
    aside: impl FnOnce() -> A + Send,
) -> (W, A) {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    if small || threads == 1 {
        return (work(), aside());
    }
    std::thread::scope(|scope| {
        let beside = scope.spawn(aside);
        let done = work();
        (done, beside.join().expect("a worker thread does not panic"))
    })
}

/// The producer's end of [`map_pushed`]: items go out a chunk at a time.
pub struct Feed<T> {
    chunk: usize,
    pending: Vec<T>,
    sent: usize,
    chunks: std::sync::mpsc::SyncSender<(usize, Vec<T>)>,
}

impl<T> Feed<T> {
    /// Adds an item; a full chunk goes to the workers. Fails once the
    /// consumer has stopped (its error is what `map_pushed` returns).
    pub fn push(&mut self, item: T) -> Result<()> {
        self.pending.push(item);
        if self.pending.len() >= self.chunk {
            self.flush()?;
        }
        Ok(())
    }

    /// Sends what is pending now, a short chunk: for input that arrives
    /// slowly (a person typing), so each item is answered without waiting
    /// for a full chunk.
    pub fn flush(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let items = std::mem::replace(&mut self.pending, Vec::with_capacity(self.chunk));
        self.chunks
            .send((self.sent, items))
            .map_err(|_| Error::runtime("the work stopped before all its input was read"))?;
        self.sent += 1;
        Ok(())
    }
}

/// Maps the items `produce` pushes (on this thread, which owns their
/// source: a database read, stdin) with `work`, a chunk at a time (one
/// result per item, in order), on one thread per core, while `consume`
/// gets each chunk of items with their results, in the order pushed, on a
/// thread of its own. Reading, working and writing overlap; at most a few
/// chunks per core are in flight, so memory does not grow with the input.
/// The first error (of the producer or the consumer) is returned.
pub fn map_pushed<T: Send, R: Send, P>(
    chunk: usize,
    produce: impl FnOnce(&mut Feed<T>) -> Result<P>,
    work: impl Fn(&[T]) -> Vec<R> + Sync,
    consume: impl FnMut(Vec<(T, R)>) -> Result<()> + Send,
) -> Result<P> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let in_flight = threads * CHUNKS_IN_FLIGHT_PER_THREAD;
    let (chunks, to_work) = std::sync::mpsc::sync_channel::<(usize, Vec<T>)>(in_flight);
    let (done, to_consume) = std::sync::mpsc::sync_channel::<(usize, Vec<(T, R)>)>(in_flight);
    let to_work = std::sync::Mutex::new(Some(to_work));
    let (work, to_work) = (&work, &to_work);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let done = done.clone();
            scope.spawn(move || {
                // The lock is held only to take the next chunk.
                while let Ok((i, items)) = take(to_work) {
                    let results = work(&items);
                    debug_assert_eq!(results.len(), items.len(), "one result per item");
                    let mapped = items.into_iter().zip(results).collect();
                    if done.send((i, mapped)).is_err() {
                        // The consumer stopped: drop the queue, so that
                        // the producer's next push fails instead of waiting.
                        lock(to_work).take();
                        return;
                    }
                }
            });
        }
        drop(done);
        let consumer = scope.spawn(move || consume_in_order(to_consume, consume));
        let mut feed = Feed {
            chunk,
            pending: Vec::with_capacity(chunk),
            sent: 0,
            chunks,
        };
        let produced = produce(&mut feed).and_then(|p| feed.flush().map(|()| p));
        drop(feed);
        let consumed = consumer
            .join()
            .expect("the consuming thread does not panic");
        // The consumer's error explains a producer that could not push.
        consumed.and(produced)
    })
}

/// How many chunks per worker may wait to be mapped or consumed.
const CHUNKS_IN_FLIGHT_PER_THREAD: usize = 2;

type Queue<T> = std::sync::Mutex<Option<std::sync::mpsc::Receiver<T>>>;

/// The next chunk of the queue; an error once it is closed or dropped.
fn take<T>(queue: &Queue<T>) -> std::result::Result<T, std::sync::mpsc::RecvError> {
    lock(queue)
        .as_ref()
        .ok_or(std::sync::mpsc::RecvError)?
        .recv()
}

fn lock<T>(queue: &Queue<T>) -> std::sync::MutexGuard<'_, Option<std::sync::mpsc::Receiver<T>>> {
    queue
        .lock()
        .expect("a worker does not panic holding the queue")
}

/// Hands mapped chunks to `consume` in the order they were pushed, holding
/// back those that finished early.
fn consume_in_order<T, R>(
    mapped: std::sync::mpsc::Receiver<(usize, Vec<(T, R)>)>,
    mut consume: impl FnMut(Vec<(T, R)>) -> Result<()>,
) -> Result<()> {
    let mut early = std::collections::BTreeMap::new();
    let mut next = 0;
    for (i, chunk) in mapped {
        early.insert(i, chunk);
        while let Some(chunk) = early.remove(&next) {
            consume(chunk)?;
            next += 1;
        }
    }
    Ok(())
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
    fn work_alongside_gives_both_results_on_a_thread_or_not() {
        for small in [true, false] {
            let here = std::thread::current().id();
            let (work, aside) = super::alongside(
                small,
                || std::thread::current().id(),
                || (std::thread::current().id(), 6 * 7),
            );
            assert_eq!(work, here);
            assert_eq!(aside.1, 42);
            let cores = std::thread::available_parallelism().map_or(1, usize::from);
            assert_eq!(aside.0 == here, small || cores == 1);
        }
    }

    #[test]
    fn pushed_items_are_consumed_in_the_order_pushed() {
        let mut seen = Vec::new();
        let produced = super::map_pushed(
            64,
            |feed| {
                for n in 0..1_000u32 {
                    feed.push(n)?;
                    if n % 97 == 0 {
                        feed.flush()?;
                    }
                }
                Ok("done")
            },
            |chunk| chunk.iter().map(|n| n * 3).collect(),
            |chunk| {
                seen.extend(chunk);
                Ok(())
            },
        );
        assert_eq!(produced.unwrap(), "done");
        assert_eq!(seen, (0..1_000).map(|n| (n, n * 3)).collect::<Vec<_>>());
    }

    #[test]
    fn a_consumer_that_fails_stops_the_producer_with_its_error() {
        let produced = super::map_pushed(
            8,
            |feed| {
                for n in 0..1_000_000u32 {
                    feed.push(n)?;
                }
                Ok(())
            },
            |chunk| chunk.iter().map(|n| n + 1).collect(),
            |_| Err(crate::error::Error::runtime("the output is closed")),
        );
        let error = produced.unwrap_err().to_string();
        assert!(error.contains("the output is closed"), "{error}");
    }
}
