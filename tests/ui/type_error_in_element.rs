use comprehensions::comp;

fn takes_str(s: &str) -> usize { s.len() }

fn main() {
    let xs = vec![1, 2, 3];
    let _ = comp![takes_str(x) for x in xs];
}
