//! mistake: moving an iterator chain that borrows a local `Vec` into `thread::spawn` (hand-written)
//! offending: samples.iter()
use std::thread;

fn main() {
    let samples = vec![0.5f64, 1.5, 2.5];
    let scaled = samples.iter().map(|s| s * 10.0);
    let worker = thread::spawn(move || scaled.sum::<f64>());
    println!("{}", worker.join().unwrap());
}
