//! mistake: a generic `fn labels<T>(xs: &[T])` formats each item with `{}` without a `T: Display` bound (Python's `f"<{x}>"` works on anything)
//! offending: x
//! category: type
use comprehensions::comp;

// Python: def labels(xs): return [f"<{x}>" for x in xs]
fn labels<T>(xs: &[T]) -> Vec<String> {
    comp![format!("<{}>", x) for x in xs]
}

fn main() {
    println!("{:?}", labels(&[1, 2]));
}
