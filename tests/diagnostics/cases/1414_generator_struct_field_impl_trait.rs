//! mistake: a generator stored in a struct field typed `impl Iterator`, as a Python object keeps a generator attribute
//! offending: impl Iterator<Item = u64>
//! category: type
use comprehensions::comp;

struct Pager {
    pages: impl Iterator<Item = u64>,
}

fn main() {
    let p = Pager { pages: comp!((n * 10 for n in 0..5u64)) };
    for page in p.pages {
        println!("{page}");
    }
}
