//! mistake: closes a lazy display with one parenthesis too many before calling sum()
//! offending: x * x))
//! category: syntax
fn main() {
    let n = 10u32;
    let total: u32 = (1..=n).map(|x| x * x)).sum();
    println!("{total}");
}
