use comprehensions::comp;

fn main() {
    let xs = vec![-1, 0, 1];
    let _ = comp![1 if x > 0 elif x < 0 else 0 for x in xs];
}

// `elif` in a Rust `if` chain: `else if`, one error.
fn glyphs(row: &[u8]) -> Vec<char> {
    comp![if t == 0 { '#' } elif t == 1 { '~' } else { '.' } for &t in row]
}
