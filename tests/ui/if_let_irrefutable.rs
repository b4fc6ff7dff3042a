#![deny(irrefutable_let_patterns)]

use comprehensions::comp;

fn main() {
    let xs = vec![1, 2];
    let _ = comp![y for x in xs if let y = x * 2];
}
