//! mistake: paired the two sequences with Python's builtin `zip(a, b)`, which is not in the prelude
//! offending: zip
//! category: python-habit

fn hamming(a: &str, b: &str) -> usize {
    let mut d = 0;
    for (x, y) in zip(a.chars(), b.chars()) {
        if x != y {
            d += 1;
        }
    }
    d
}

fn main() {
    let reference = "GATTACAGATTACA";
    let reads = ["GATTACAGATTACA", "GACTACAGATTTCA", "CATTACAGATTACG"];
    for r in reads {
        println!("{r}\t{}", hamming(reference, r));
    }
}
