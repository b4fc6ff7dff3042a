use comprehensions::acomp;

fn main() {
    let _ = acomp![x * 2 for x in 0..3];
}
