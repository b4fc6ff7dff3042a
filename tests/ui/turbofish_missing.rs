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
    println!("{sizes:?} {parsed:?}");
}
