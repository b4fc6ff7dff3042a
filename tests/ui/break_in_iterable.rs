use comprehensions::comp;

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![y for x in xs for y in if x > 0 { 0..x } else { break }];
}
