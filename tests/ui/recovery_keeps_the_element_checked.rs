use comprehensions::comp;

// A parse error in a clause still expands the element next to the error, so
// that it is type-checked (and completed by an IDE): the element's own
// mistake is reported too.
fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![x.no_such_method() for x in xs if x > 0 and x > 1];
}
