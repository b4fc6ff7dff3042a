use comprehensions::comp;

fn main() {
    let mut s = (0, 0);
    let _ = comp![x for x in 0..3 if (s.0 := x) > 0];
}
