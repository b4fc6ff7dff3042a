//! mistake: calls `.len()` on the iterator `split(',')` returns, as on the list Python's `split` returns
//! offending: len
//! category: python-habit
use comprehensions::comp;

fn main() {
    let csv = "id,name,email\n1,ann,a@x.org\n2,bob\n";
    let widths = comp![line.split(',').len() for line in csv.lines()];
    println!("{widths:?}");
}
