// Name pools for communities from Asia, Europe, the Middle East and West
// Africa, in the Latin spellings US records use, most common first.

import type { NamePool } from './names-americas';

const list = (s: string): readonly string[] => s.split(',').map((x) => x.trim());

export const chineseNames: NamePool = {
  female: list('Mei,Jing,Li Na,Xiu Ying,Yan,Hui,Fang,Ling,Xiaoli,Hong,Yun,Qing,Min,Lily,Jenny,Wai Ling,Mei Ling,Shu Fen'),
  male: list('Wei,Jian,Ming,Lei,Jun,Hao,Tao,Qiang,Bin,Yong,Zhi Hao,Kevin,Gang,Kwok Wai,Chi Keung,Jian Guo,Xin'),
  surnames: list(
    'Chen,Wang,Li,Zhang,Liu,Lin,Huang,Yang,Wu,Zhou,Zhao,Chan,Wong,Lee,Cheung,Ng,Lam,Ho,Zheng,Xu,Sun,Ma,Guo,He,' +
      'Luo,Liang,Tang,Feng,Yu,Cai,Leung,Tsang,Ou-Yang,Situ',
  ),
};

export const vietnameseNames: NamePool = {
  female: list('Anh,Thanh,Huong,Lan,Linh,Phuong,Hoa,Mai,Thao,Ngoc,Trang,Thuy,Hanh,Hương,Lý,Nhung,Thu'),
  male: list('Minh,Tuan,Hung,Duc,Long,Quang,Dung,Hai,Thanh,Nam,Son,Khanh,Phúc,Tài,Vinh,Bao,Cường'),
  surnames: list(
    'Nguyen,Tran,Le,Pham,Hoang,Huynh,Phan,Vu,Vo,Dang,Bui,Do,Ho,Ngo,Duong,Ly,Nguyễn,Trần,Lê,Phạm,Đặng,Đỗ,Võ,' +
      'Trinh,Dinh,Lam,Mai,Truong,Le-Nguyen',
  ),
};

export const koreanNames: NamePool = {
  female: list('Seo-yeon,Ji-woo,Eun-ji,Soo-jin,Hye-jin,Min-ji,Yoon-hee,Jiyoung,Sun Hee,Mi Kyung,Young Mi,Hana,Grace'),
  male: list('Min-jun,Ji-hoon,Hyun-woo,Young-ho,Jae-won,Sung Min,Dong Hyun,Joon,Seung-ho,Kyung Soo,Daniel,Chul'),
  surnames: list('Kim,Lee,Park,Choi,Jung,Kang,Cho,Yoon,Jang,Lim,Han,Oh,Seo,Shin,Kwon,Hwang,Ahn,Song,Yoo,Hong,Moon,Baek'),
};

export const filipinoNames: NamePool = {
  female: list(
    'Maria,Jennifer,Rowena,Marites,Jocelyn,Rosario,Cristina,Angelica,Maricel,Lorna,Analyn,Girlie,Mary Grace,' + 'Ma. Theresa,Rachelle,Joy',
  ),
  male: list('Jose,Mark,John Paul,Rodel,Arnel,Ramon,Jerome,Ronaldo,Rommel,Noel,Jun,Ferdinand,Reynaldo,Jayson,Christian'),
  surnames: list(
    'Santos,Reyes,Cruz,Bautista,Ocampo,Garcia,Mendoza,Torres,Tomas,Andrada,Castillo,Flores,Villanueva,Ramos,' +
      'Castro,Rivera,Aquino,Navarro,Salazar,Mercado,Pascual,Manalo,Dizon,Soriano,Macaraeg,Magbanua',
  ),
  particleSurnames: list('Dela Cruz,De Leon,Delos Santos,Dela Rosa,De Guzman,Delos Reyes'),
};

export const punjabiNames: NamePool = {
  female: list('Gurpreet,Harpreet,Manpreet,Jaspreet,Amandeep,Simran,Jasleen,Kulwinder,Paramjit,Navneet,Rajwinder,Sukhjit'),
  male: list('Gurpreet,Harpreet,Manpreet,Jaspreet,Amandeep,Navdeep,Harjit,Sukhwinder,Rajinder,Baljit,Kulwinder,Jagdeep,Gurdeep'),
  surnames: list('Sandhu,Gill,Dhillon,Grewal,Sidhu,Brar,Bains,Sekhon,Randhawa,Virk,Cheema,Mann,Dhaliwal,Johal'),
};

export const gujaratiNames: NamePool = {
  female: list('Komal,Pooja,Hetal,Nisha,Bhavna,Dipti,Krupa,Falguni,Jinal,Mansi,Priya,Rupal,Sejal,Urvashi'),
  male: list('Hiren,Nirav,Ketan,Jignesh,Rakesh,Bhavesh,Mitesh,Alpesh,Chirag,Kalpesh,Sanjay,Paresh,Vipul,Dhaval'),
  surnames: list('Patel,Shah,Desai,Mehta,Joshi,Parikh,Modi,Trivedi,Bhatt,Panchal,Chauhan,Amin,Thakkar,Soni,Prajapati'),
};

export const bangladeshiNames: NamePool = {
  female: list('Nasrin,Fatema,Shirin,Rokeya,Sharmin,Taslima,Nusrat,Salma,Rumana,Farzana,Jannatul,Sumaiya'),
  male: list('Mohammad,Abdul,Rafiq,Kamal,Shahid,Jahangir,Nurul,Mizanur,Habibur,Shafiqul,Rashed,Sohel,Anwar'),
  surnames: list('Rahman,Hossain,Islam,Ahmed,Uddin,Chowdhury,Miah,Alam,Sarker,Talukder,Haque,Molla,Sheikh,Akter,Begum'),
};

export const pakistaniNames: NamePool = {
  female: list('Ayesha,Sana,Saima,Nadia,Rabia,Mehwish,Amina,Fatima,Hina,Sadia,Uzma,Farah'),
  male: list('Muhammad,Imran,Asif,Bilal,Usman,Tariq,Faisal,Kashif,Adnan,Zubair,Naveed,Shahzad,Ali'),
  surnames: list('Khan,Ahmed,Butt,Malik,Chaudhry,Qureshi,Sheikh,Hussain,Iqbal,Raza,Mirza,Siddiqui,Awan,Baig,Javed'),
};

export const russianUkrainianNames: NamePool = {
  female: list('Olena,Natalia,Tetiana,Svetlana,Irina,Oksana,Yulia,Anastasia,Kateryna,Elena,Olga,Maria,Viktoriia,Larysa'),
  male: list('Aleksandr,Dmitry,Sergei,Andrii,Oleksandr,Mykola,Ivan,Vladimir,Yuriy,Maksym,Artem,Volodymyr,Igor,Denis'),
  // Masculine forms; genderSurname() derives -ova / -ina / -skaya.
  surnames: list(
    'Ivanov,Petrov,Smirnov,Kuznetsov,Popov,Sokolov,Volkov,Morozov,Pavlov,Kozlov,Novikov,Fedorov,Kovalenko,' +
      'Shevchenko,Bondarenko,Tkachenko,Kravchenko,Melnyk,Boyko,Kovalchuk,Oliynyk,Savchenko,Lysenko,Moroz,' +
      'Kovalsky,Rudenko,Marchenko,Polishchuk',
  ),
};

export const polishNames: NamePool = {
  female: list('Anna,Katarzyna,Małgorzata,Agnieszka,Joanna,Barbara,Ewa,Magdalena,Zofia,Krystyna,Elżbieta,Beata,Dorota'),
  male: list('Piotr,Krzysztof,Andrzej,Tomasz,Paweł,Michał,Marcin,Łukasz,Grzegorz,Jan,Stanisław,Wojciech,Jarosław'),
  // Masculine forms; genderSurname() derives -ska / -cka / -dzka.
  surnames: list(
    'Nowak,Kowalski,Wiśniewski,Wójcik,Kowalczyk,Kamiński,Lewandowski,Zieliński,Szymański,Woźniak,Dąbrowski,' +
      'Kozłowski,Mazur,Krawczyk,Piotrowski,Grabowski,Nowakowski,Pawłowski,Michalski,Król,Wieczorek,Jabłoński',
  ),
};

export const arabicNames: NamePool = {
  female: list('Fatima,Layla,Mariam,Nour,Rania,Huda,Amal,Salma,Yasmin,Hana,Reem,Dina,Samira,Zainab'),
  male: list('Ahmed,Mohamed,Omar,Youssef,Khaled,Mahmoud,Ali,Hussein,Karim,Samir,Tarek,Walid,Hassan,Ibrahim'),
  surnames: list(
    'Haddad,Khalil,Mansour,Nasser,Saleh,Hassan,Ibrahim,Youssef,Abdallah,Al-Masri,Al-Hashimi,El-Sayed,Awad,' +
      'Darwish,Hamdan,Khoury,Saad,Al-Amin,Salem,Mustafa,Abu-Ghazaleh,Al Saadi,Nassar,Jaber',
  ),
};

export const iranianNames: NamePool = {
  female: list('Maryam,Zahra,Shirin,Nazanin,Leila,Parisa,Fatemeh,Mina,Roya,Azadeh,Niloufar,Sara,Elham'),
  male: list('Reza,Ali,Mehdi,Arash,Hamid,Babak,Kourosh,Dariush,Amir,Saeed,Mohammad,Hossein,Behnam'),
  surnames: list(
    'Hosseini,Mohammadi,Rezaei,Ahmadi,Karimi,Moradi,Jafari,Rahimi,Hashemi,Sadeghi,Ghorbani,Rostami,Tehrani,' +
      'Farahani,Kazemi,Mousavi,Shirazi,Esfahani,Najafi,Zand',
  ),
};

export const cambodianNames: NamePool = {
  female: list('Sokha,Vanna,Sreymom,Channary,Sophea,Bopha,Kunthea,Sreyleak,Sokunthea,Chenda,Dany,Malis'),
  male: list('Dara,Sophal,Vuthy,Rithy,Sambath,Bunthoeun,Chantha,Sokhom,Visal,Piseth,Samnang,Vibol'),
  surnames: list('Sok,Chea,Kim,Heng,Chhim,Meas,Pich,Sam,Keo,Chhay,Nhem,Ouk,Prak,Sorn,Touch,Yim,Long,Mao,Seng,Chan,Ly,Hem'),
};

export const westAfricanNames: NamePool = {
  female: list('Fatoumata,Aminata,Mariama,Aïssatou,Kadiatou,Awa,Hawa,Binta,Oumou,Ramatoulaye,Djeneba,Mariam'),
  male: list('Mamadou,Ibrahima,Ousmane,Abdoulaye,Moussa,Amadou,Boubacar,Souleymane,Sékou,Lamine,Alpha,Cheick'),
  surnames: list('Diallo,Traoré,Coulibaly,Camara,Diop,Ndiaye,Sow,Bah,Barry,Keïta,Konaté,Touré,Cissé,Sylla,Fofana,Bâ'),
};

export const japaneseNames: NamePool = {
  female: list('Yuko,Keiko,Akiko,Yui,Haruka,Misaki,Naoko,Emi,Sakura,Tomoko'),
  male: list('Hiroshi,Takeshi,Kenji,Daisuke,Yuki,Shota,Kenta,Takumi,Ryo,Satoshi'),
  surnames: list('Sato,Suzuki,Takahashi,Tanaka,Watanabe,Ito,Yamamoto,Nakamura,Kobayashi,Kato,Yoshida,Yamada'),
};

export const italianNames: NamePool = {
  female: list('Giulia,Francesca,Chiara,Sofia,Martina,Alessandra,Valentina,Elena,Federica,Paola'),
  male: list('Giuseppe,Marco,Alessandro,Luca,Francesco,Matteo,Andrea,Giovanni,Stefano,Davide'),
  surnames: list('Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,Costa'),
  particleSurnames: list("De Luca,D'Angelo,Di Stefano,De Rosa,Lo Russo,Di Pietro,D'Amico,Della Valle"),
};
