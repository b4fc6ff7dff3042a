//! mistake: a comprehension over `&data` run in `thread::spawn` without `move`
//! offending: ||
//! category: ownership
use comprehensions::comp;
use std::thread;

fn main() {
    let data = vec![1_u64, 2, 3];
    let handle = thread::spawn(|| comp![x * x for x in &data if x % 2 == 1]);
    println!("{:?}", handle.join().unwrap());
}
