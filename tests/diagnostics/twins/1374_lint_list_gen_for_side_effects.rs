//! mistake: Python's `list(map(..))` used to drive side effects: the collected `Vec` of send results is dropped unused
//! offending: collect::<Vec<_>>()
//! category: lint
use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let jobs = vec![1u32, 2, 3];
    jobs.into_iter().map(|j| tx.send(j)).collect::<Vec<_>>();
    drop(tx);
    println!("{}", rx.iter().count());
}
