// A second `for` left out: one error on its loop pattern, which is bound
// all the same (its uses in the element and the filter are not errors).
use comprehensions::comp;

fn main() {
    let (left, right) = (vec![1, 2], vec![2, 3]);
    let _pairs = comp![(a, b) for a in &left b in &right if a != b];
}
