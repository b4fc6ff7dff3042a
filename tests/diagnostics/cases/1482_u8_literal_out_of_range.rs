//! mistake: scaling `u8` pixel values by 300, a literal that does not fit the `u8` it is inferred as (Python ints never overflow)
//! offending: 300
//! category: type
use comprehensions::comp;

fn main() {
    let bytes: Vec<u8> = vec![1, 2, 3];
    let scaled = comp![b * 300 for &b in &bytes];
    println!("{scaled:?}");
}
