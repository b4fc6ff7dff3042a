// Generic arguments written without the turbofish, `parse<T>()`: by hand
// rustc says "comparison operators cannot be chained" with a `::<T>` help;
// here one error on `parse<T>` that says so, the rest typed as `parse::<T>()`.
use comprehensions::comp;
use std::str::FromStr;

fn parse_all<T: FromStr>(fields: &[&str]) -> Vec<Option<T>> {
    comp![f.trim().parse<T>().ok() for f in fields]
}

fn main() {
    let sizes = comp![std::mem::size_of<u64>() * n for n in 1..3];
    let parsed: Vec<Option<u8>> = parse_all(&["1", "x"]);
    // Compared after the call: one error, the comparison typed as written.
    let orders = vec![vec![1_u32, 4], vec![2]];
    let large = comp![i for (i, o) in orders.iter().enumerate() if o.iter().sum<u32>() > 4];
    // Inside a chain: the chain stays one, `0 < s.parse::<u32>() < 10`.
    let small = comp![s for s in ["3", "12"] if 0 < s.parse<u32>().unwrap_or(0) < 10];
    println!("{sizes:?} {parsed:?} {large:?} {small:?}");
}
