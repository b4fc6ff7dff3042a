//! mistake: returned a lazy comprehension that borrows the parameter `limit`, without `move`
//! offending: limit
//! category: ownership
use comprehensions::comp;

fn over_limit(samples: Vec<u64>, limit: u64) -> impl Iterator<Item = u64> {
    comp!((x for x in samples if x > limit))
}

fn main() {
    let breaches: Vec<u64> = over_limit(vec![120, 480, 900], 500).collect();
    println!("{breaches:?}");
}
