//! `concurrency = N` runs on the caller's task with any executor: no
//! spawning, no `Send`, no `'static`, no tokio needed.

use super::*;
use comprehensions::acomp;
use futures::channel::oneshot;
use futures::executor::block_on;
use std::cell::RefCell;
use std::rc::Rc;
use std::task::Poll;

/// Completes at its `n + 1`th poll, waking itself each time: an await point
/// any executor drives, and a stand-in for work of length `n`.
async fn spin(n: u64) {
    let mut left = n;
    futures::future::poll_fn(|cx| {
        if left == 0 {
            return Poll::Ready(());
        }
        left -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    })
    .await;
}

/// `Probe::run` without tokio's timer.
async fn spin_under<T>(probe: &Probe, n: u64, value: T) -> T {
    let _running = probe.enter();
    spin(n).await;
    probe.finished.fetch_add(1, SeqCst);
    value
}

#[test]
fn ordered_on_block_on() {
    let probe = Probe::default();
    let v = block_on(async {
        acomp![spin_under(&probe, 30 - i, i * 2).await for i in 0..30; concurrency = 8]
    });
    assert_eq!(v, doubled(30));
    assert_eq!(probe.peak(), 8);
    assert_eq!((probe.finished(), probe.now()), (30, 0));
}

#[test]
fn unordered_on_block_on() {
    let probe = Probe::default();
    let v = block_on(async {
        acomp![spin_under(&probe, 3 * (10 - i), i).await for i in 0..10; concurrency = 10, unordered]
    });
    assert_eq!(v, (0..10).rev().collect::<Vec<_>>());
}

#[test]
fn first_error_cancels_on_block_on() {
    let probe = Probe::default();
    let r = block_on(async {
        acomp![
            spin_under(&probe, if i == 5 { 1 } else { 50 }, if i == 5 { Err(i) } else { Ok(i) }).await?
            for i in 0..100;
            concurrency = 10
        ]
    });
    assert_eq!(r, Err(5));
    assert_eq!(probe.started(), 10);
    assert_eq!(probe.dropped(), 10);
    assert_eq!(probe.finished(), 1);
}

#[test]
fn wakes_from_other_threads_on_block_on() {
    let v = block_on(async {
        acomp![
            {
                let (tx, rx) = oneshot::channel();
                std::thread::spawn(move || {
                    std::thread::sleep(ms(10 - i));
                    tx.send(i * i).unwrap();
                });
                rx.await.unwrap()
            }
            for i in 0..10;
            concurrency = 5
        ]
    });
    assert_eq!(v, [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]);
}

/// The item futures hold an `Rc` across awaits: they are not `Send`, which
/// only works because nothing is spawned.
#[test]
fn item_futures_need_not_be_send() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let v = block_on(async {
        acomp![
            { log.borrow_mut().push(i); spin(5 - i).await; log.borrow().len() as u64 + i }
            for i in 0..5;
            concurrency = 5
        ]
    });
    assert_eq!(*log.borrow(), [0, 1, 2, 3, 4]);
    assert_eq!(v, [5, 6, 7, 8, 9]);
}

async fn item_task(i: u64) -> (u64, tokio::task::Id) {
    tokio::task::yield_now().await;
    (i, tokio::task::id())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn items_run_on_the_callers_task() {
    let task = tokio::spawn(async {
        let caller = tokio::task::id();
        let v = acomp![item_task(i).await for i in 0..20; concurrency = 4];
        (caller, v)
    });
    let (caller, v) = task.await.unwrap();
    assert_eq!(
        v.iter().map(|&(i, _)| i).collect::<Vec<_>>(),
        (0..20).collect::<Vec<_>>()
    );
    assert!(v.iter().all(|&(_, id)| id == caller));
}
