//! mistake: squared the rank for the g-index with Python's `**`
//! offending: g ** 2
//! category: python-habit
fn main() {
    let mut citations: Vec<u32> = vec![42, 17, 9, 6, 3, 1, 0];
    citations.sort_unstable_by(|a, b| b.cmp(a));
    let prefix: Vec<u32> = citations.iter().scan(0, |acc, c| { *acc += c; Some(*acc) }).collect();
    let qualifying: Vec<u32> = (1..=citations.len() as u32).filter(|&g| prefix[g as usize - 1] >= g ** 2).collect();
    let g_index = qualifying.last().copied().unwrap_or(0);
    println!("g-index = {g_index}");
}
