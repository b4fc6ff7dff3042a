//! mistake: scaling `u8` bytes by 1000, as Python's unbounded ints allow (the literal does not fit a `u8`)
//! offending: 1000
//! category: type
use comprehensions::comp;

fn main() {
    let levels: Vec<u8> = vec![1, 2, 3];
    // Python: millis = [b * 1000 for b in levels]
    let millis = comp![b * 1000 for b in levels];
    println!("{millis:?}");
}
