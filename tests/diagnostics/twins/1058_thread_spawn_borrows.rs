//! mistake: an iterator chain over `&data` run in `thread::spawn` without `move`
//! offending: ||
//! category: ownership
use std::thread;

fn main() {
    let data = vec![1_u64, 2, 3];
    let handle = thread::spawn(|| data.iter().filter(|x| *x % 2 == 1).map(|x| x * x).collect::<Vec<u64>>());
    println!("{:?}", handle.join().unwrap());
}
