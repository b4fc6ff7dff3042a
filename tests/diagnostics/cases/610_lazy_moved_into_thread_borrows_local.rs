//! mistake: moving a lazy comprehension that borrows a local `Vec` into `thread::spawn` (Python threads share the list)
//! offending: &samples
//! category: ownership
use comprehensions::comp;
use std::thread;

fn main() {
    let samples = vec![0.5f64, 1.5, 2.5];
    let scaled = comp!((s * 10.0 for s in &samples));
    let worker = thread::spawn(move || scaled.sum::<f64>());
    println!("{}", worker.join().unwrap());
}
