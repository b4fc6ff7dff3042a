//! The comprehensions of the Python tutorial (section 5.1.3 "List
//! Comprehensions", 5.1.4 "Nested List Comprehensions", 5.4 "Sets" and 5.5
//! "Dictionaries"), written as a newcomer would write them with `comp!`.

use std::collections::BTreeSet;
use std::f64::consts::PI;

use comprehensions::comp;

fn main() {
    // squares = [x**2 for x in range(10)]
    let squares = comp![x * x for x in 0..10];
    println!("{squares:?}");

    // [(x, y) for x in [1,2,3] for y in [3,1,4] if x != y]
    let pairs = comp![(x, y) for x in [1, 2, 3] for y in [3, 1, 4] if x != y];
    println!("{pairs:?}");

    // vec = [-4, -2, 0, 2, 4]; [x*2 for x in vec]; [x for x in vec if x >= 0]; [abs(x) for x in vec]
    let vec = [-4, -2, 0, 2, 4];
    println!("{:?}", comp![x * 2 for x in vec]);
    println!("{:?}", comp![x for x in vec if x >= 0]);
    println!("{:?}", comp![i32::abs(x) for x in vec]);

    // freshfruit = ['  banana', '  loganberry ', 'passion fruit  ']; [weapon.strip() for weapon in freshfruit]
    let freshfruit = ["  banana", "  loganberry ", "passion fruit  "];
    println!("{:?}", comp![weapon.trim() for weapon in freshfruit]);

    // [(x, x**2) for x in range(6)]
    println!("{:?}", comp![(x, x * x) for x in 0..6]);

    // vec = [[1,2,3], [4,5,6], [7,8,9]]; [num for elem in vec for num in elem]
    let vec = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    println!("{:?}", comp![num for elem in vec for num in elem]);

    // [str(round(pi, i)) for i in range(1, 6)]
    println!("{:?}", comp![format!("{PI:.i$}") for i in 1..6]);

    // matrix = [[1,2,3,4],[5,6,7,8],[9,10,11,12]]; [[row[i] for row in matrix] for i in range(4)]
    let matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];
    println!("{:?}", comp![[row[i] for row in matrix] for i in 0..4]);

    // a = {x for x in 'abracadabra' if x not in 'abc'}
    let a = comp!({x for x in "abracadabra".chars() if !"abc".contains(x)});
    println!("{:?}", a.into_iter().collect::<BTreeSet<_>>());

    // {x: x**2 for x in (2, 4, 6)}
    let d = comp!({x: x * x for x in [2, 4, 6]});
    let mut d: Vec<_> = d.into_iter().collect();
    d.sort_unstable();
    println!("{d:?}");

    // sum(x*y for x,y in zip(xvec, yvec))  (a generator expression as the argument)
    let (xvec, yvec) = ([10, 20, 30], [7, 5, 3]);
    let dot: i32 = comp!((x * y for x, y in xvec.into_iter().zip(yvec))).sum();
    println!("{dot}");
}
