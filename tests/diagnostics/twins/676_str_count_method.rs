//! mistake: counts commas with `line.count(',')`, Python's `str.count`; `count` is an iterator method taking no argument
//! offending: count
//! category: python-habit

fn main() {
    let csv = "a,b,c\nd,e\nf,g,h,i\n";
    let mut commas = Vec::new();
    for line in csv.lines() {
        commas.push(line.count(','));
    }
    println!("{commas:?}");
}
