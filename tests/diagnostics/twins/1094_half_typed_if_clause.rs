//! mistake: a filter clause still being typed: `if` with nothing after it
//! offending: |x| )
//! category: syntax
fn main() {
    let xs = vec![3, 8, 1];
    let big: Vec<i32> = xs.into_iter().filter(|x| ).map(|x| x * 10).collect();
    println!("{big:?}");
}
