//! mistake: took a CSV line's first column as `line.split(',')[0]`, indexing an iterator like a list
//! offending: line.split(',')[0]
//! category: python-habit
use comprehensions::comp;

fn main() {
    let raw = "order_id,customer,amount\n1001,acme,250.00\n1002,globex,99.90\n1003,acme,12.00\n";
    // Python: ids = [line.split(",")[0] for line in raw.splitlines()[1:]]
    let ids: Vec<&str> = comp![line.split(',')[0] for line in raw.lines().skip(1)];
    println!("{ids:?}");
}
