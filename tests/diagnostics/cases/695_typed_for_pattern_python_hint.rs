//! mistake: annotates the loop variable's type in the `for` pattern, Python-hint style, `for n: u64 in ...`
//! offending: :
//! category: syntax
use comprehensions::comp;

fn main() {
    let sizes = vec![1024_u64, 2048, 4096];
    let kib = comp![n / 1024 for n: u64 in sizes];
    println!("{kib:?}");
}
