use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![x for x in &xs # skip the odd ones
        if *x % 2 == 0];
}
