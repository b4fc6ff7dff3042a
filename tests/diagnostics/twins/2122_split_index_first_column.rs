//! mistake: took a CSV line's first column as `line.split(',')[0]`, indexing an iterator like a list
//! offending: line.split(',')[0]
//! category: python-habit

fn main() {
    let raw = "order_id,customer,amount\n1001,acme,250.00\n1002,globex,99.90\n1003,acme,12.00\n";
    let ids: Vec<&str> = raw.lines().skip(1).map(|line| line.split(',')[0]).collect();
    println!("{ids:?}");
}
