//! mistake: annotates the loop variable's type in the `for` pattern, Python-hint style, `for n: u64 in ...`
//! offending: :
//! category: syntax

fn main() {
    let sizes = vec![1024_u64, 2048, 4096];
    let mut kib = Vec::new();
    for n: u64 in sizes {
        kib.push(n / 1024);
    }
    println!("{kib:?}");
}
