// Python's `sys.argv[1:]` and `line.split(',')[1:]`: the Rust iterators
// have no index. One error that says `.skip(..)`/`.take(..)`, not the
// slice's "borrow it" beside rustc's "cannot index".
use comprehensions::comp;

fn main() {
    let files = comp![a for a in std::env::args()[1..] if !a.starts_with('-')];
    let line = "id,name,qty";
    let fields = comp![f.to_uppercase() for f in line.split(',')[1..]];
    println!("{files:?} {fields:?}");
}
