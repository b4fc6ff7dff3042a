//! mistake: calls `.len()` on the iterator `split(',')` returns, as on the list Python's `split` returns
//! offending: len
//! category: python-habit

fn main() {
    let csv = "id,name,email\n1,ann,a@x.org\n2,bob\n";
    let mut widths = Vec::new();
    for line in csv.lines() {
        widths.push(line.split(',').len());
    }
    println!("{widths:?}");
}
