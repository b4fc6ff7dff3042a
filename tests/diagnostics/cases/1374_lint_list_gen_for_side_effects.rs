//! mistake: Python's `list(gen)` used to drive side effects: the collected `Vec` of send results is dropped unused
//! offending: collect::<Vec<_>>()
//! category: lint
use comprehensions::comp;
use std::sync::mpsc;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();
    let jobs = vec![1u32, 2, 3];
    comp!((tx.send(j) for j in jobs)).collect::<Vec<_>>();
    drop(tx);
    println!("{}", rx.iter().count());
}
