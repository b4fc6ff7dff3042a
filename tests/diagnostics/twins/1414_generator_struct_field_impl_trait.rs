//! mistake: an iterator stored in a struct field typed `impl Iterator`, as a Python object keeps a generator attribute
//! offending: impl Iterator<Item = u64>
//! category: type
struct Pager {
    pages: impl Iterator<Item = u64>,
}

fn main() {
    let p = Pager { pages: (0..5u64).map(|n| n * 10) };
    for page in p.pages {
        println!("{page}");
    }
}
