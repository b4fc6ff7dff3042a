//! mistake: `thread::spawn(|| crunch(n))` in the element, a closure borrowing the loop variable (Python's `Thread(target=lambda: crunch(n))`)
//! offending: || crunch(n)
//! category: ownership
use comprehensions::comp;
use std::thread;

fn crunch(n: u64) -> u64 {
    (1..=n).product()
}

fn main() {
    let jobs = vec![5u64, 10, 15];
    // Python: threads = [Thread(target=lambda: crunch(n)) for n in jobs]
    let handles = comp![thread::spawn(|| crunch(n)) for n in jobs];
    let results = comp![h.join().unwrap() for h in handles];
    println!("{results:?}");
}
