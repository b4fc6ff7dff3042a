//! mistake: `thread::spawn(|| crunch(n))` in a loop, a closure borrowing the loop variable (hand-written)
use std::thread;

fn crunch(n: u64) -> u64 {
    (1..=n).product()
}

fn main() {
    let jobs = vec![5u64, 10, 15];
    let mut handles = Vec::new();
    for n in jobs {
        handles.push(thread::spawn(|| crunch(n)));
    }
    let results: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{results:?}");
}
