//! mistake: a conditional element whose branches have different types (`"fizz" if .. else n`)
//! offending: n
//! category: type
use comprehensions::comp;

fn main() {
    let out = comp!["fizz" if n % 3 == 0 else n for n in 1..16];
    println!("{out:?}");
}
