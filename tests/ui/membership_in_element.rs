use comprehensions::comp;

fn main() {
    let (xs, ys) = (vec![1, 2, 3], vec![2]);
    let _ = comp![x in ys for x in xs];
}
