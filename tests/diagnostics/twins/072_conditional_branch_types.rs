//! mistake: a conditional element whose branches have different types (`"fizz" if .. else n`) (hand-written)
fn main() {
    let mut out = Vec::new();
    for n in 1..16 {
        out.push(if n % 3 == 0 { "fizz" } else { n });
    }
    println!("{out:?}");
}
