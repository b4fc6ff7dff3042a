//! mistake: `.filter(|n| n % 2)` on a lazy comprehension, Python truthiness of an int as the predicate
//! offending: n % 2
//! category: python-habit
use comprehensions::comp;

fn main() {
    let odd_triples: Vec<i32> = comp!((n * 3 for n in 1..20)).filter(|n| n % 2).collect();
    println!("{odd_triples:?}");
}
