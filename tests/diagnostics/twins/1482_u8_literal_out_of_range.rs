//! mistake: scaling `u8` pixel values by 300, a literal that does not fit the `u8` it is inferred as (Python ints never overflow)
//! offending: 300
//! category: type
fn main() {
    let bytes: Vec<u8> = vec![1, 2, 3];
    let scaled = bytes.iter().map(|&b| b * 300).collect::<Vec<_>>();
    println!("{scaled:?}");
}
