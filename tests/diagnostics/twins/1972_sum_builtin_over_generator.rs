//! mistake: summed each CSV row with Python's builtin `sum(int(x) for x in row.split(','))`, written `sum(..)` around a generator
//! offending: sum
//! category: python-habit
fn main() {
    let text = "1,2,3\n10,20\n5";
    let totals: Vec<i32> = text
        .lines()
        .map(|row| sum(row.split(',').map(|x| x.parse::<i32>().unwrap())))
        .collect();
    println!("{totals:?}");
}
