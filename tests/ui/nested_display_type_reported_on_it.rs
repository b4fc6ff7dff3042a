// A nested display of the wrong type is reported on the nested display
// (`[..]`), with the types the user wrote, not on the whole outer call.
use comprehensions::comp;

fn main() {
    let words = vec!["a-b", "c!d"];
    let cleaned: Vec<String> = comp![[c for c in w.chars() if c.is_alphanumeric()] for w in &words];
    let text = "1,2\n3,x";
    let grid: Vec<Vec<i32>> = comp![[c.trim().parse::<i32>()? for c in row.split(',')] for row in text.lines()];
    println!("{cleaned:?} {grid:?}");
}
