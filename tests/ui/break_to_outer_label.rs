use comprehensions::comp;

fn main() {
    'outer: for n in 0..3 {
        let _ = comp![if x > n { break 'outer } else { x } for x in 0..5];
    }
}
