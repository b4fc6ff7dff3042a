//! mistake: `x as usize < limit` in a filter: rustc reads `<` as the start of generic arguments
//! offending: usize < limit
//! category: syntax
use comprehensions::comp;

fn main() {
    let offsets: Vec<i64> = vec![3, 40, 7, 120];
    let limit: usize = 50;
    // Python: small = [o for o in offsets if int(o) < limit]
    let small = comp![o for o in offsets if o as usize < limit];
    println!("{small:?}");
}
