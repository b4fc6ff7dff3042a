//! mistake: paired the two sequences with Python's builtin `zip(a, b)`, which is not in the prelude
//! offending: zip
//! category: python-habit
use comprehensions::comp;

fn hamming(a: &str, b: &str) -> usize {
    // Python: sum(1 for x, y in zip(a, b) if x != y)
    comp![1 for (x, y) in zip(a.chars(), b.chars()) if x != y].len()
}

fn main() {
    let reference = "GATTACAGATTACA";
    let reads = ["GATTACAGATTACA", "GACTACAGATTTCA", "CATTACAGATTACG"];
    for r in reads {
        println!("{r}\t{}", hamming(reference, r));
    }
}
