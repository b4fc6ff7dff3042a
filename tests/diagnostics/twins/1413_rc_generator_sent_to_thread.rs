//! mistake: a `move` closure iterator capturing an `Rc` sent to `std::thread::spawn`, as a Python generator is passed to a thread
//! offending: move || weighted.sum::<i64>()
//! category: ownership
use std::rc::Rc;

fn main() {
    let weights = Rc::new(vec![2i64, 3]);
    let xs = vec![1i64, 2, 3];
    let weighted = xs.into_iter().map(move |x| x * weights[0]);
    let handle = std::thread::spawn(move || weighted.sum::<i64>());
    println!("{}", handle.join().unwrap());
}
