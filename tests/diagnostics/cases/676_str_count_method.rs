//! mistake: counts commas with `line.count(',')`, Python's `str.count`; `count` is an iterator method taking no argument
//! offending: count
//! category: python-habit
use comprehensions::comp;

fn main() {
    let csv = "a,b,c\nd,e\nf,g,h,i\n";
    let commas = comp![line.count(',') for line in csv.lines()];
    println!("{commas:?}");
}
